import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

export interface SkillChartDatum {
  name: string;
  you: number;
  required: number;
}

const ROW_HEIGHT = 40;
// Two lines of about 18 characters fit beside each pair of bars.
const LABEL_CHARS = 30;

// Long skill names would wrap into each other; the table carries the full names.
const shorten = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…` : name;

/**
 * You vs. required, one pair of bars per skill. Loaded lazily (recharts stays out of the first
 * download) and hidden from assistive technology: the table beside it carries the same numbers.
 */
export default function SkillChart({ data }: { data: readonly SkillChartDatum[] }) {
  const rows = data.map((d) => ({ ...d, label: shorten(d.name) }));
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: data.length * ROW_HEIGHT + 70 }}
      margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
      barGap={1}
    >
      <CartesianGrid horizontal={false} stroke="#cbd5e1" />
      <XAxis
        type="number"
        domain={[0, 4]}
        ticks={[0, 1, 2, 3, 4]}
        allowDecimals={false}
        tick={{ fill: '#475569', fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={140}
        interval={0}
        tick={{ fill: '#0f172a', fontSize: 12 }}
      />
      <Legend
        wrapperStyle={{ fontSize: 13 }}
        formatter={(value: string) => <span style={{ color: '#0f172a' }}>{value}</span>}
      />
      <Bar dataKey="you" name="You" fill="#1d4ed8" isAnimationActive={false} />
      <Bar dataKey="required" name="Required" fill="#64748b" isAnimationActive={false} />
    </BarChart>
  );
}
