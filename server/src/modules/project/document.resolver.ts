import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Document } from './document.entity.js';
import { DocumentInput } from './project.inputs.js';
import * as service from './document.service.js';
import { getDocument, type DocumentRow } from './project.reads.js';
import { assertMayChange } from '../access/scope.js';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { description: 'Name of the IATI document category.' })
  categoryName(@Root() d: DocumentRow, @Ctx() { codes }: Context) {
    return codes.name('DocumentCategory', d.category);
  }

  @Mutation(() => Document, { description: 'Links a document to a project (administrators and the project\'s managers).' })
  async addDocument(@Arg('projectId', () => ID) projectId: string, @Arg('input', () => DocumentInput) input: DocumentInput, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Project', projectId, 'projectId');
    return getDocument(reader, (await service.addDocument(em, projectId, input)).id);
  }

  @Mutation(() => Document, { description: 'Changes a document link.' })
  async updateDocument(@Arg('id', () => ID) id: string, @Arg('input', () => DocumentInput) input: DocumentInput, @Ctx() { em, access, reader }: Context) {
    await assertMayChange(access, em, 'Document', id, 'id');
    await service.updateDocument(em, id, input);
    return getDocument(reader, id);
  }

  @Mutation(() => ID, { description: 'Removes a document link and returns its id.' })
  async removeDocument(@Arg('id', () => ID) id: string, @Ctx() { em, access }: Context) {
    await assertMayChange(access, em, 'Document', id, 'id');
    return service.removeDocument(em, id);
  }
}
