import type { Catalogue, Role } from '@/catalogue/schema';
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
export function RoleDetails({ role, catalogue }: { role: Role; catalogue: Catalogue }) {
  return (
    <>
      <RoleResponsibilities role={role} />
      <RoleSkills role={role} skills={catalogue.skills} />
      <RoleEducation role={role} />
      <RoleTools role={role} />
      <RoleIndustries role={role} />
      <RoleOutlook role={role} />
      <RoleSalary role={role} />
      <RoleGettingStarted role={role} />
      <RoleRelated role={role} roles={catalogue.roles} />
      <RoleOnetCodes role={role} />
    </>
  );
}
