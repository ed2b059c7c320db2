import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Ref, Check, Index } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Programme } from '../programme/programme.entity.js';
import type { Project } from '../project/project.entity.js';

export enum Role {
  ADMIN = 'ADMIN',
  PROGRAMME_MANAGER = 'PROGRAMME_MANAGER',
  PARTNER_REPORTER = 'PARTNER_REPORTER',
  DONOR = 'DONOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. Every role but ADMIN and VIEWER is scoped.',
  valuesConfig: {
    ADMIN: { description: 'Everything, including users, roles and organisations.' },
    PROGRAMME_MANAGER: { description: 'Edits the programme or project it is given: details, participants, documents, and later logframes and finances. Reads the rest of the portfolio.' },
    PARTNER_REPORTER: { description: 'For one organisation on one project: reads that project and reports results on the logframe nodes its organisation is responsible for.' },
    DONOR: { description: 'Reads only the programmes and projects its organisation funds (IATI role 1), read-only.' },
    VIEWER: { description: 'Reads everything that is not sensitive; changes nothing.' },
  },
});

@ObjectType({ description: 'A person who signs in to Accord.' })
@Entity({ tableName: 'app_user' })
export class User extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** Exposed through a field resolver: only admins and the user see it. */
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation> | null;

  @Field(() => Boolean, { description: 'A deactivated user cannot sign in, and its sessions and API tokens stop working.' })
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: 'True after an administrator reset the password: the user should choose a new one.' })
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;

  @OneToMany(() => RoleAssignment, (r) => r.user, { orphanRemoval: true })
  roles = new Collection<RoleAssignment>(this);
}

@ObjectType({ description: 'A role given to a user, with its scope: a programme or project for managers, a project and an organisation for partner reporters, the organisation for donors.' })
@Entity({ tableName: 'role_assignment' })
@Index({ name: 'role_assignment_programme_id_index', properties: ['programme'] })
@Index({ name: 'role_assignment_project_id_index', properties: ['project'] })
@Index({ name: 'role_assignment_organisation_id_index', properties: ['organisation'] })
@Check({ name: 'role_assignment_scope', expression: `(role in ('ADMIN','VIEWER') and programme_id is null and project_id is null) or (role = 'PROGRAMME_MANAGER' and (programme_id is null) <> (project_id is null)) or (role = 'PARTNER_REPORTER' and project_id is not null and organisation_id is not null) or (role = 'DONOR' and organisation_id is not null and programme_id is null and project_id is null)` })
@Index({ name: 'role_assignment_user_id_index', properties: ['user'] })
export class RoleAssignment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Role, { description: 'The role.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne({ entity: 'Programme', ref: true, nullable: true, deleteRule: 'cascade' })
  programme?: Ref<Programme> | null;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  organisation?: Ref<Organisation> | null;
}
