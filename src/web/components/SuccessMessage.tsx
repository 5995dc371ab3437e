import { useEffect, useRef } from 'react';
import { Alert } from './Alert';

/** A short confirmation after a save, announced politely and removed after a while. */
export function SuccessMessage({ text, onDone, ms = 6000 }: { text: string; onDone: () => void; ms?: number }) {
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const timer = window.setTimeout(() => done.current(), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return (
    <Alert variant="success" role="status">{text}</Alert>
  );
}
