import { Field, Input } from '@fluentui/react-components';
import { usePanelStyles } from '../common/styles';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  className?: string;
  numeric?: boolean;
}

/** A labelled box whose zod message (if any) sits right under it, as Fluent's Field shows it. */
export function TextField({ label, value, onChange, error, hint, className, numeric = true }: TextFieldProps) {
  const styles = usePanelStyles();
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? 'error' : 'none'} className={className}>
      <Input className={styles.control} value={value} inputMode={numeric ? 'decimal' : 'text'} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
