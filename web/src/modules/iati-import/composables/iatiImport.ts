import { graphql } from '../../../gql';
import { uploadProblem, type UploadProblem } from '../../reporting/composables/evidence';

export const IatiImportQuery = graphql(`
  query IatiImportJob($id: ID!) {
    iatiImport(id: $id) {
      id
      state
      progress
      bytesTotal
      iatiVersion
      errorCount
      warningCount
      programmeId
      failure
      errors {
        activity
        line
        column
        message
      }
      warnings {
        activity
        line
        column
        message
      }
      activities {
        identifier
        line
        title
        kind
        action
        parent
        orphan
        organisations
        budgets
        transactions
        results
        indicators
        documents
      }
      result {
        programmesCreated
        programmesUpdated
        projectsCreated
        projectsUpdated
        organisationsCreated
        budgets
        transactions
        results
        indicators
        activities {
          identifier
          kind
          id
          title
        }
      }
    }
  }
`);

export const CommitIatiImportMutation = graphql(`
  mutation CommitIatiImport($id: ID!, $programmeId: ID) {
    commitIatiImport(id: $id, programmeId: $programmeId) {
      id
      state
      progress
      programmeId
    }
  }
`);

export const CancelIatiImportMutation = graphql(`
  mutation CancelIatiImport($id: ID!) {
    cancelIatiImport(id: $id) {
      id
      state
    }
  }
`);

/** States in which the worker is still busy with the job: the page keeps reading it. */
export const BUSY = ['UPLOADED', 'PREVIEWING', 'QUEUED', 'IMPORTING'];

export const STATE_LABELS: Record<string, string> = {
  UPLOADED: 'Waiting to be read',
  PREVIEWING: 'Reading and checking the file',
  READY: 'Ready to import',
  INVALID: 'The file has errors',
  QUEUED: 'Waiting to be imported',
  IMPORTING: 'Importing',
  IMPORTED: 'Imported',
  FAILED: 'Import failed',
  CANCELLED: 'Cancelled',
};

/** Sends the file as the raw body of POST /iati/imports, reporting upload progress; resolves with the job id. */
export function sendIatiFile(file: File, onProgress: (fraction: number) => void): Promise<{ id: string } | UploadProblem> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/iati/imports');
    xhr.setRequestHeader('Content-Type', 'application/xml');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status === 202) {
        try {
          return resolve({ id: (JSON.parse(xhr.responseText) as { id: string }).id });
        } catch {
          // falls through to the problem
        }
      }
      resolve(uploadProblem(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => resolve(uploadProblem(0, ''));
    xhr.send(file);
  });
}
