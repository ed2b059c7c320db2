import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound, Problems } from '../common/errors.js';
import { checkCodelist } from '../activity/activity.rules.js';
import { Document } from './document.entity.js';
import { Project } from './project.entity.js';
import type { DocumentInput } from './project.inputs.js';

async function check(em: EntityManager, input: DocumentInput): Promise<void> {
  const problems = new Problems();
  if (!input.title.trim()) problems.add('title', 'a title is required');
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) problems.add('url', 'the address must be a full http or https URL');
  await checkCodelist(em, problems, 'DocumentCategory', input.category, 'category', 'an IATI document category');
  if (input.language && !/^[a-z]{2}$/.test(input.language)) problems.add('language', 'the language is a two-letter ISO 639-1 code, e.g. en');
  problems.throwIfAny();
}

/** The project a document belongs to, for the access check; an unknown document is NOT_FOUND. */
export async function addDocument(em: EntityManager, projectId: string, input: DocumentInput): Promise<Document> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    await check(tx, input);
    const doc = tx.create(Document, { project, title: input.title.trim(), url: input.url, category: input.category, language: input.language ?? null, documentDate: input.documentDate ?? null });
    await tx.flush();
    return doc;
  });
}

export async function updateDocument(em: EntityManager, id: string, input: DocumentInput): Promise<Document> {
  return em.transactional(async (tx) => {
    const doc = await tx.findOne(Document, { id });
    if (!doc) throw new NotFound('Document', id);
    await check(tx, input);
    tx.assign(doc, { title: input.title.trim(), url: input.url, category: input.category, language: input.language ?? null, documentDate: input.documentDate ?? null });
    await tx.flush();
    return doc;
  });
}

export async function removeDocument(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const doc = await tx.findOne(Document, { id });
    if (!doc) throw new NotFound('Document', id);
    tx.remove(doc);
    await tx.flush();
    return id;
  });
}
