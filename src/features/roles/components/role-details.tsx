import type { Role } from '@/catalogue/schema';
import { RoleEducation } from './role-education';
import { RoleGettingStarted } from './role-getting-started';
import { RoleIndustries } from './role-industries';
import { RoleOnetCodes } from './role-onet-codes';
import { RoleOutlook } from './role-outlook';
import { RoleRelated } from './role-related';
import { RoleResponsibilities } from './role-responsibilities';
import { RoleSalary } from './role-salary';
import { RoleSkills } from './role-skills';
import { RoleTools } from './role-tools';

/** Every factual section of a role after its overview, in reading order. */
export function RoleDetails({ role }: { role: Role }) {
  return (
    <>
      <RoleResponsibilities role={role} />
      <RoleSkills role={role} />
      <RoleEducation role={role} />
      <RoleTools role={role} />
      <RoleIndustries role={role} />
      <RoleOutlook role={role} />
      <RoleSalary role={role} />
      <RoleGettingStarted role={role} />
      <RoleRelated role={role} />
      <RoleOnetCodes role={role} />
    </>
  );
}
