import type { CliIntoTexts } from '../../catalogue';

export const cliInto: CliIntoTexts = {
  intoWithOut: '--into and --out cannot be used together: --into writes the workbook back to the file it names.',
  missing: (file) => `${file} does not exist, so there is nothing to generate into. Use --out FILE.xlsx to write a new workbook.`,
  notXlsx: (file) => `${file} is not an .xlsx workbook (it may be another format, damaged or password-protected), so it cannot be generated into.`,
  locked: (file, lock) => `${file} is open in Excel or LibreOffice (${lock} is beside it). Close it there and try again.`,
  unreadable: (file, detail) => `${file} cannot be read and written (${detail}), so it is left as it is.`,
  isInput: (file) => `${file} is one of the data files; --into must name the workbook to update.`,
  changed: (file) => `${file} was changed while the workbook was being generated, so it is not overwritten. Run the command again.`,
  updating: (file) => `Generating into ${file} …`,
  updated: (file, sheets, size, seconds) => `Updated ${file}: ${sheets} sheets of the kit refreshed, your own sheets and cells kept, ${size}, ${seconds} s`,
};
