import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface AddFeedFormProps {
  /** Resolves with a confirmation to show, or rejects with an error a person can read. */
  onAdd: (url: string, fingerprint: string) => Promise<string>;
}

/** Subscribe to a vendor's list by its address and the fingerprint of its signing key. */
export function AddFeedForm({ onAdd }: AddFeedFormProps) {
  const [url, setUrl] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setMessage({ kind: 'ok', text: t('add_feed_checking') });
    try {
      setMessage({ kind: 'ok', text: await onAdd(url.trim(), fingerprint.trim()) });
      setUrl('');
      setFingerprint('');
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" onSubmit={submit} aria-busy={busy}>
      <label>
        {t('add_feed_url_label')}
        <input type="url" required placeholder="https://vendor.example/hangup/" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('add_feed_fingerprint_label')}
        <input
          type="text"
          required
          spellcheck={false}
          autoComplete="off"
          placeholder={t('add_feed_fingerprint_placeholder')}
          value={fingerprint}
          onInput={(e) => setFingerprint((e.target as HTMLInputElement).value)}
        />
      </label>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t('add_feed_adding') : t('add_feed_button')}
        </button>
      </div>
      <p role={message?.kind === 'error' ? 'alert' : 'status'} class={message?.kind === 'error' ? 'error' : 'muted'}>
        {message?.text}
      </p>
    </form>
  );
}
