import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Offers to reload when a new version has been deployed, and says when the app works offline.
 * It sits in the flow at the end of the page (update-prompt.css), so it never covers a control.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt no-print" role="status">
      <p>
        {needRefresh
          ? 'A new version of Pathfinder is available.'
          : 'Pathfinder is ready to work offline.'}
      </p>
      <div className="actions">
        {needRefresh && (
          <button
            type="button"
            className="button primary"
            onClick={() => void updateServiceWorker(true)}
          >
            Reload to update
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
