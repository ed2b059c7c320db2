import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { text } from '../common/limits.js';
import { readSpreadsheet, SPREADSHEET_LIMITS, MAX_FILE_BYTES } from './spreadsheet.js';

@ObjectType({ simpleResolvers: true, description: 'The first sheet of a spreadsheet, as text: the header row, then the data rows.' })
export class Spreadsheet {
  @Field(() => [String], { description: 'The cells of the first row, which name the columns; `Column N` where a header is blank.' })
  columns!: string[];

  @Field(() => [[String]], {
    description: 'Every later row, as many cells as there are columns. Row i here is row i + 2 of the file. Dates are ISO dates, numbers plain decimals, formulas their results.',
  })
  rows!: string[][];
}

@Resolver()
export class SpreadsheetResolver {
  // A mutation, not a query: the file travels in the body, and it is an upload in all but storage (nothing is kept).
  @Mutation(() => Spreadsheet, {
    description: `Reads an uploaded .xlsx (first sheet) or .csv file into text, to map its columns before importTransactions. Nothing is stored. At most ${Math.floor(MAX_FILE_BYTES / 1000)} kB, ${SPREADSHEET_LIMITS.rows} data rows and ${SPREADSHEET_LIMITS.columns} columns; a file over a limit or not readable is refused with BAD_USER_INPUT.`,
  })
  async readSpreadsheet(
    @Arg('fileName', () => String, { description: text(SPREADSHEET_LIMITS.fileName, 'The file name; its extension says how to read it: .xlsx or .csv.') }) fileName: string,
    @Arg('contentBase64', () => String, { description: text(SPREADSHEET_LIMITS.base64Characters, 'The file, base64-encoded.') }) contentBase64: string,
    @Ctx() { access }: Context,
  ): Promise<Spreadsheet> {
    access.assertMayWrite();
    return readSpreadsheet(fileName, contentBase64);
  }
}
