import { useState } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { explainRole, rankRoles, type Profile, type WorkPreferences } from '@/scoring';
import { downloadJson } from '@/shared/download';
import { buildExport, EXPORT_FILENAME } from './export';

/** Downloads the saved answers, preferences and the full ranking (no filters) as JSON. */
export function ExportButton({
  answers,
  preferences,
}: {
  answers: Profile;
  preferences: WorkPreferences;
}) {
  const model = useCatalogueModel();
  const { prepared } = model;
  const [status, setStatus] = useState('');

  function exportResults() {
    const ranked = rankRoles(prepared, answers, { preferences });
    const explain = (roleId: string) => explainRole(prepared, answers, roleId);
    downloadJson(EXPORT_FILENAME, buildExport(model, answers, preferences, ranked, explain));
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
