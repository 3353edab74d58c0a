import { TextField } from './Field';

interface NewPasswordFieldsProps {
  // «رمز عبور» or «رمز عبور جدید»; the second field is its «تکرار».
  label: string;
  password: string;
  repeat: string;
  onPasswordChange(value: string): void;
  onRepeatChange(value: string): void;
  passwordError: string | undefined;
  repeatError: string | undefined;
}

// A password typed twice, so a slip of the finger does not lock anyone out.
export function NewPasswordFields({ label, password, repeat, onPasswordChange, onRepeatChange, passwordError, repeatError }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        dir="ltr"
        value={password}
        onChange={onPasswordChange}
        error={passwordError}
        autoComplete="new-password"
        hint="دست‌کم ۸ نویسه"
      />
      <TextField
        label={`تکرار ${label}`}
        type="password"
        dir="ltr"
        value={repeat}
        onChange={onRepeatChange}
        error={repeatError}
        autoComplete="new-password"
      />
    </>
  );
}
