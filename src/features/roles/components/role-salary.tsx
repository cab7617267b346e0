import type { Role } from '@/catalogue/schema';
import { formatP90, formatUsd } from '@/shared/format/format';
import { OccupationName, OccupationReason } from '@/shared/ui/bls-occupation';
import { SourceNote } from '@/shared/ui/source-note';
import { RoleSection } from './role-section';

export function RoleSalary({ role }: { role: Role }) {
  const { salary, blsOccupation: occupation } = role;
  const rows: [string, string][] = [
    ['10th percentile', formatUsd(salary.p10)],
    ['25th percentile', formatUsd(salary.p25)],
    ['Median', formatUsd(salary.median)],
    ['75th percentile', formatUsd(salary.p75)],
    ['90th percentile', formatP90(salary.p90)],
  ];
  return (
    <RoleSection id="salary" title="Pay">
      {occupation && (
        <div className="bls-occupation">
          <p>
            Figures for <OccupationName occupation={occupation} />
            {occupation.match === 'stand-in'
              ? ': they describe everyone in that occupation, not this role alone.'
              : '.'}
          </p>
          <OccupationReason role={role} />
        </div>
      )}
      <table className="salary-table">
        <caption>Annual US wages for {salary.basis}</caption>
        <thead>
          <tr>
            <th scope="col">Percentile</th>
            <th scope="col">Annual pay</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className={label === 'Median' ? 'is-median' : undefined}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        One in ten people in this occupation earn less than the 10th percentile; one in ten earn
        more than the 90th.
      </p>
      <p>
        <SourceNote source={salary.source} />
      </p>
    </RoleSection>
  );
}
