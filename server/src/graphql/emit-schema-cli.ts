import 'reflect-metadata';
import fs from 'node:fs/promises';
import { buildAccordSchema, printAccordSchema } from './schema.js';

await fs.writeFile('schema.graphql', printAccordSchema(await buildAccordSchema()));
console.log('schema.graphql written');
