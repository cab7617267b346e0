/**
 * Reads a Kaggle survey CSV (plain or gzip) into responses: per person, each question id with the
 * set of options chosen. Row 1 holds column ids (Q5, Q7_Part_3, Q27_A_OTHER), row 2 the question
 * texts; multi-select questions spread over one column per option, an empty cell = not chosen.
 * Node only. The data is read at run time and never written anywhere.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

export interface SurveyResponse {
  /** Q5, the self-reported job title ('' when blank). */
  title: string;
  /** Question id (Q7, Q27_A, Q15) -> the options chosen, trimmed. Questions left blank are absent. */
  answers: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Survey {
  /** Question id -> question text (row 2, up to " - Selected Choice"). */
  questions: ReadonlyMap<string, string>;
  responses: SurveyResponse[];
}

/** Q7_Part_3 -> Q7, Q27_A_OTHER -> Q27_A, Q5 -> Q5. */
export function questionOf(columnId: string): string {
  return columnId.replace(/_(Part_\d+|OTHER)$/, '');
}

/** Parses survey text (header row, question row, then one row per respondent). */
export function parseSurvey(text: string): Survey {
  const rows = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const [ids, texts, ...people] = rows;
  if (!ids || !texts)
    throw new Error(
      'the survey file has no header rows (expected column ids, then question texts)',
    );
  const titleColumn = ids.indexOf('Q5');
  if (titleColumn < 0) throw new Error('the survey file has no Q5 (job title) column');
  const questionIds = ids.map(questionOf);
  const questions = new Map<string, string>();
  questionIds.forEach((q, i) => {
    if (!questions.has(q))
      questions.set(q, (texts[i] ?? '').split(' - Selected Choice')[0]!.trim());
  });
  const responses = people.map((cells) => {
    const answers = new Map<string, Set<string>>();
    cells.forEach((cell, i) => {
      const value = cell.trim();
      const q = questionIds[i];
      if (!value || q === undefined) return;
      let set = answers.get(q);
      if (!set) answers.set(q, (set = new Set()));
      set.add(value);
    });
    return { title: (cells[titleColumn] ?? '').trim(), answers };
  });
  return { questions, responses };
}

/** Reads `.csv` or `.csv.gz` (detected by the gzip magic bytes, not the name). */
export function readSurveyFile(path: string): Survey {
  const raw = readFileSync(path);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return parseSurvey(bytes.toString('utf8'));
}
