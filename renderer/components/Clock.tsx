import { useEffect, useState } from 'react';
import { formatDateTime } from '../i18n/format';

/** The current time in the display zone, refreshed every 15 seconds. */
export function Clock({ timeZone, label }: { timeZone: string; label: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="clock" title={label}>
      <time dateTime={now.toISOString()}>{formatDateTime(now, timeZone)}</time>
      <span>{timeZone}</span>
    </div>
  );
}
