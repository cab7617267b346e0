import { useId, useMemo, useRef, useState } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { paths } from '@/shared/paths';
import type { Profile, WorkPreferences } from '@/scoring';
import { encodeShare } from './codec';

interface Props {
  answers: Profile;
  preferences: WorkPreferences;
}

/** A link that carries the answers in its #fragment (never sent to a server), with a copy button. */
export function ShareLink({ answers, preferences }: Props) {
  const { skillIds } = useCatalogueModel();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const url = useMemo(() => {
    const code = encodeShare({ answers, preferences }, skillIds);
    return new URL(paths.shared.href(code), window.location.href).href;
  }, [answers, preferences, skillIds]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Anyone who opens it sees these results, read-only.');
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus(
        'Copying was blocked by the browser. The link is selected: copy it with Ctrl+C (or Cmd+C).',
      );
    }
  }

  return (
    <div className="share-link">
      <label htmlFor={`${id}-url`}>Share link</label>
      <div className="share-link-row">
        <input
          ref={input}
          id={`${id}-url`}
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p id={`${id}-hint`} className="muted share-hint">
        The link holds your saved answers and preferences in its last part (after #), which browsers
        never send to a server. Whoever opens it sees these results without changing their own.
      </p>
      <p role="status" className="share-status">
        {status}
      </p>
    </div>
  );
}
