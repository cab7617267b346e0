import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { catalogueQueryOptions } from '@/catalogue/api';
import { buildBackup, BACKUP_FILENAME } from '@/store/backup';
import { useAnswersStore } from '@/store/answers';
import { useStorageHealth } from '@/store/storage-health';
import './storage-banner.css';
import { downloadJson } from '@/shared/download';

/**
 * Stays on the quiz and results pages while this browser is not keeping the answers (storage
 * blocked, missing or full), with a download so nothing is lost when the tab closes.
 */
export function StorageBanner() {
  const health = useStorageHealth();
  const answers = useAnswersStore((s) => s.answers);
  const preferences = useAnswersStore((s) => s.preferences);
  // Not suspending: the quiz intro shows this before the catalogue has loaded. The backup's skill
  // names and catalogue version are a courtesy; restoring reads the skill ids.
  const { data: model } = useQuery(catalogueQueryOptions());
  const [status, setStatus] = useState('');
  if (health === 'ok') return null;
  const count = Object.keys(answers).length;

  function download() {
    const backup = buildBackup(
      answers,
      preferences,
      model?.catalogue.version ?? 'not loaded',
      model?.skillName ?? ((id) => id),
    );
    downloadJson(BACKUP_FILENAME, backup);
    setStatus(
      `Your browser is downloading ${BACKUP_FILENAME}. Restore it later from the results page.`,
    );
  }

  return (
    <div className="storage-banner no-print" role="alert">
      <p className="storage-banner-title">
        This browser isn&apos;t saving your answers: download them
      </p>
      <p>
        {health === 'full'
          ? 'Its storage is full, so your latest answers are kept only in this tab.'
          : 'It blocks site storage here, so your answers are kept only in this tab.'}{' '}
        Closing or reloading the tab loses them unless you download them.
      </p>
      {count > 0 && (
        <button type="button" className="button" onClick={download}>
          Download your {count} {count === 1 ? 'answer' : 'answers'} (JSON)
        </button>
      )}
      <p role="status">{status}</p>
    </div>
  );
}
