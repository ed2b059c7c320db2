import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { at, listLoader } from '../../db/rows.js';
import type { Access } from '../access/access.js';
import { valueRights } from '../logframe/logframe.policy.js';
import { UpdateState } from '../reporting/update.entity.js';
import type { EvidenceFileView } from '../reporting/reporting.types.js';

export const downloadUrl = (id: string) => `/evidence/${id}`;

type FileRow = Omit<EvidenceFileView, 'url'> & { updateId: string };

const FILE_SELECT = `select f.id, f.update_id as "updateId", f.name, f.media_type as "mediaType", f.size::int as size, u.name as "uploadedByName", ${at('f.created_at', 'createdAt')}
  from evidence_file f left join app_user u on u.id = f.uploaded_by`;

/** The files of each update, oldest first, from one statement per response. */
export function filesByUpdate(reader: Reader): DataLoader<string, EvidenceFileView[]> {
  const rows = listLoader<FileRow>(reader, `${FILE_SELECT} where f.update_id in $KEYS order by f.created_at, f.id`, (r) => r.updateId);
  return new DataLoader(async (ids) => (await rows.loadMany(ids)).map((list) => (list instanceof Error ? list : list.map(view))));
}

function view({ updateId: _, ...row }: FileRow): EvidenceFileView {
  return { ...row, url: downloadUrl(row.id) };
}

/** One file as the upload answers it: the same fields as GraphQL's EvidenceFileView, the time in the same form. */
export async function fileView(reader: Reader, id: string): Promise<EvidenceFileView> {
  const [row] = await reader.rows<FileRow>(`${FILE_SELECT} where f.id = ?`, [id]);
  return { ...view(row), createdAt: new Date(row.createdAt).toISOString() };
}

/** What deciding who may read or change a file needs. */
export interface StoredFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  storageKey: string;
  projectId: string;
  indicatorId: string;
  periodId: string;
  state: UpdateState;
  responsibleOrganisationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * A file as the caller may reach it, or null. Readers of the project get the files of approved reports; those
 * who act on the report (its managers, the responsible partner) get them at every stage. Anyone else gets the
 * same null as for a missing file, so ids cannot be probed.
 */
export async function reachableFile(reader: Reader, access: Access, id: string): Promise<StoredFile | null> {
  if (!isUuid(id)) return null;
  const [file] = await reader.rows<StoredFile>(
    `select f.id, f.name, f.media_type as "mediaType", f.size::int as size, f.storage_key as "storageKey", f.project_id as "projectId",
            u.indicator_id as "indicatorId", u.period_id as "periodId", u.state, n.responsible_organisation_id as "responsibleOrganisationId"
       from evidence_file f join indicator_update u on u.id = f.update_id join indicator i on i.id = u.indicator_id join result_node n on n.id = i.node_id
      where f.id = ?`,
    [id],
  );
  if (!file || !(await access.seesProject(file.projectId))) return null;
  if (file.state === UpdateState.APPROVED) return file;
  return (await valueRights(access, file.projectId))(file.responsibleOrganisationId) !== 'NONE' ? file : null;
}
