import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { TextField } from '../../ui';
import { useSessionStore } from './session-store';

export function LoginPage() {
  const officeName = useSessionStore((state) => state.officeName);
  const notice = useSessionStore((state) => state.notice);
  const login = useSessionStore((state) => state.login);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('نام کاربری و رمز عبور را وارد کنید.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
    } catch (failure) {
      setError(messageOf(failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="login-title">
        <p className="auth-card__brand">پیوند</p>
        <h1 id="login-title" className="auth-card__title">
          ورود به پیوند
        </h1>
        {officeName ? <p className="auth-card__office">{officeName}</p> : null}
        {notice && !error ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <TextField
            label="نام کاربری"
            value={username}
            onChange={setUsername}
            dir="ltr"
            autoComplete="username"
            autoFocus
          />
          <TextField
            label="رمز عبور"
            type="password"
            value={password}
            onChange={setPassword}
            dir="ltr"
            autoComplete="current-password"
          />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary button--wide" disabled={busy}>
              ورود
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
