import { useEffect, useRef, useState } from 'react';

export interface LeaveGuard {
  // The address the user tried to open while the work was running; null when nobody is asking.
  leavingTo: string | null;
  stay(): void;
  leave(): void;
}

// Holds the user on a screen while `active`: leaving for another screen of the app is asked about first;
// closing or reloading the tab gets the browser's own question.
export function useLeaveGuard(active: boolean): LeaveGuard {
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const passing = useRef(false);

  useEffect(() => {
    if (!active) return;
    passing.current = false;
    const here = location.hash;
    // A link, the back button or a typed address fires popstate before hashchange: the address is put back
    // here, so the router (which reads it on hashchange) never moves.
    const onPopState = () => {
      if (passing.current || location.hash === here) return;
      const target = location.hash;
      history.replaceState(history.state, '', here);
      setLeavingTo(target);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('popstate', onPopState);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active]);

  return {
    leavingTo,
    stay: () => setLeavingTo(null),
    leave: () => {
      if (leavingTo === null) return;
      passing.current = true;
      setLeavingTo(null);
      location.hash = leavingTo;
    },
  };
}
