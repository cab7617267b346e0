import { useState } from 'react';
import { useCatalogue } from '@/catalogue/use-catalogue';
import { usePrepared } from '@/features/shared/use-prepared';
import { rankRoles, type Profile, type WorkPreferences } from '@/scoring';
import { buildExport, downloadJson, EXPORT_FILENAME } from './export';
import { industryName } from './use-ranking';

/** Downloads the saved answers, preferences and the full ranking (no filters) as JSON. */
export function ExportButton({
  answers,
  preferences,
}: {
  answers: Profile;
  preferences: WorkPreferences;
}) {
  const catalogue = useCatalogue();
  const prepared = usePrepared();
  const [status, setStatus] = useState('');

  function exportResults() {
    const ranked = rankRoles(prepared, answers, { preferences, industryName });
    downloadJson(EXPORT_FILENAME, buildExport(catalogue, answers, preferences, ranked));
    setStatus(`Your browser is downloading ${EXPORT_FILENAME}.`);
  }

  return (
    <div className="export">
      <button type="button" className="button" onClick={exportResults}>
        Download answers and results (JSON)
      </button>
      <p role="status" className="share-status">
        {status}
      </p>
    </div>
  );
}
