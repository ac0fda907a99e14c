/**
 * File mode on workbooks written by Excel (small files from Apache POI's and ClosedXML's test data,
 * test/fixtures/SOURCES.md): pivot tables, threaded comments, sparklines, macros and form controls
 * kept byte for byte, the add-in's sheets read back, LibreOffice prints the result
 * (test/helpers/corpusCase.ts).
 */
import { CORPUS_FILES } from '../helpers/corpus';
import { describeCorpusFile } from '../helpers/corpusCase';

jest.setTimeout(240_000);

for (const entry of CORPUS_FILES.filter((file) => file.writer === 'Excel')) describeCorpusFile(entry);
