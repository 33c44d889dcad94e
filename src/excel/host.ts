/** Entry point the task pane loads on demand inside Excel. */
export { createExcelHost } from './excelHost';
