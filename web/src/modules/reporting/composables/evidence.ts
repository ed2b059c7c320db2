/**
 * Evidence files of a report: upload with progress (a plain HTTP POST of the file's bytes, since GraphQL carries
 * no files), and removal through GraphQL. The server reads each file's type from its content.
 */
import { ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { graphql } from '../../../gql';
import { toFormErrors } from '../../../apollo/errors';

export const EvidenceFileRowFragment = graphql(`
  fragment EvidenceFileRow on EvidenceFileView {
    id
    name
    mediaType
    size
    url
    uploadedByName
    createdAt
  }
`);

export const RemoveEvidenceFileMutation = graphql(`
  mutation RemoveEvidenceFile($id: ID!) {
    removeEvidenceFile(id: $id)
  }
`);

export interface EvidenceCell {
  projectId: string;
  indicatorId: string;
  periodId: string;
}

export interface UploadProblem {
  code: string;
  message: string;
}

/** The server's limit as the README states it; a bigger file is refused before it is sent. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv';

export function evidenceUploadUrl(cell: EvidenceCell, name: string): string {
  return `/evidence?${new URLSearchParams({ projectId: cell.projectId, indicatorId: cell.indicatorId, periodId: cell.periodId, name })}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The coded error of a refused upload, or a sentence when the answer was not the API's. */
export function uploadProblem(status: number, body: string): UploadProblem {
  try {
    const error = (JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] }).errors?.[0];
    if (error?.message) return { code: error.extensions?.code ?? 'UNKNOWN', message: error.message };
  } catch {
    // not JSON: a proxy's page, say
  }
  return status === 0 ? { code: 'NETWORK', message: 'The server could not be reached. Try again in a moment.' } : { code: 'UNKNOWN', message: `The upload failed (HTTP ${status}).` };
}

/** Uploads one file with XMLHttpRequest, the one browser API that reports upload progress. */
export function sendFile(cell: EvidenceCell, file: File, onProgress: (fraction: number) => void): Promise<UploadProblem | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', evidenceUploadUrl(cell, file.name));
    // A type no form can send (and the header Apollo asks for): the server's CSRF check wants one of them.
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Apollo-Require-Preflight', 'true');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(xhr.status === 201 ? null : uploadProblem(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve(uploadProblem(0, ''));
    xhr.send(file);
  });
}

export function useEvidence(cell: () => EvidenceCell, maxBytes = DEFAULT_MAX_BYTES) {
  const progress = ref<number | null>(null);
  const uploading = ref<string | null>(null);
  const problem = ref<string | null>(null);
  const removeM = useMutation(RemoveEvidenceFileMutation, { throws: 'always' });

  /** Uploads the files one after the other; stops at the first refusal and says why. Returns how many went in. */
  async function upload(files: File[]): Promise<number> {
    problem.value = null;
    let done = 0;
    for (const file of files) {
      if (file.size > maxBytes) {
        problem.value = `“${file.name}” is ${formatBytes(file.size)}; files up to ${formatBytes(maxBytes)} are accepted.`;
        break;
      }
      uploading.value = file.name;
      progress.value = 0;
      const refused = await sendFile(cell(), file, (f) => (progress.value = f));
      if (refused) {
        problem.value = `“${file.name}” was not uploaded: ${refused.message}`;
        break;
      }
      done++;
    }
    uploading.value = null;
    progress.value = null;
    return done;
  }

  async function remove(id: string): Promise<boolean> {
    problem.value = null;
    try {
      await removeM.mutate({ id });
      return true;
    } catch (e) {
      problem.value = toFormErrors(e).summary;
      return false;
    }
  }

  return { upload, remove, progress, uploading, problem, removing: removeM.loading };
}
