import { useEffect } from 'react';
import { LoginPage, SetupWizard, useSessionStore } from '../features/auth';
import { resetClub } from '../features/club';
import { useNotificationsStore } from '../features/notifications';
import { resetPartyStores } from '../features/parties';
import { resetTelephony } from '../features/telephony';
import { useTemplatesStore, useUsersStore } from '../features/users';
import { ToastArea, useToastStore } from '../ui';
import { Frame } from './Frame';

function Gate() {
  const phase = useSessionStore((state) => state.phase);
  const problem = useSessionStore((state) => state.problem);
  const boot = useSessionStore((state) => state.boot);

  switch (phase) {
    case 'loading':
      return (
        <main className="auth-page">
          <p className="muted" role="status">
            در حال آماده‌سازی پیوند…
          </p>
        </main>
      );
    case 'unreachable':
      return (
        <main className="auth-page">
          <section className="auth-card" aria-labelledby="unreachable-title">
            <h1 id="unreachable-title" className="auth-card__title">
              سرور در دسترس نیست
            </h1>
            <p className="form-error" role="alert">
              {problem}
            </p>
            <button type="button" className="button button--primary" onClick={() => void boot()}>
              تلاش دوباره
            </button>
          </section>
        </main>
      );
    case 'setup':
      return <SetupWizard />;
    case 'login':
      return <LoginPage />;
    case 'ready':
      return <Frame />;
  }
}

export function App() {
  const boot = useSessionStore((state) => state.boot);
  const userId = useSessionStore((state) => state.user?.id ?? null);

  useEffect(() => {
    void boot();
  }, [boot]);

  // Another person may sign in at this desk: nothing of the previous session stays in memory.
  useEffect(() => {
    if (userId !== null) return;
    useUsersStore.getState().reset();
    useTemplatesStore.getState().reset();
    useNotificationsStore.getState().clear();
    resetPartyStores();
    resetTelephony();
    resetClub();
    useToastStore.setState({ toasts: [] });
  }, [userId]);

  return (
    <>
      <Gate />
      <ToastArea />
    </>
  );
}
