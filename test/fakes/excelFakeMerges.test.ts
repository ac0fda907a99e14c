/**
 * The fake's Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merges that overlap the range,
 * whole, top to bottom; a null object when there are none; ApiNotFound before 1.13.
 */
import { createFakeExcel, FakeOfficeError } from './excel';

async function mergedAddresses(maxApiVersion: string, merges: readonly string[], range?: string) {
  const fake = createFakeExcel({ maxApiVersion });
  fake.addSheet('S');
  return fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('S');
    for (const merge of merges) sheet.getRange(merge).merge();
    const merged = (range === undefined ? sheet.getRange() : sheet.getRange(range))
      .getMergedAreasOrNullObject()
      .load('areaCount');
    const areas = merged.areas.load('items/address');
    await context.sync();
    return merged.isNullObject
      ? null
      : { count: merged.areaCount, addresses: areas.items.map((a) => a.address) };
  });
}

describe('Range.getMergedAreasOrNullObject (fake)', () => {
  it('gives the sheet’s merges top to bottom, whole where they overlap the range', async () => {
    expect(await mergedAddresses('1.13', ['L9:M9', 'A1:D1', 'C4:C6'])).toEqual({
      count: 3,
      addresses: ['S!A1:D1', 'S!C4:C6', 'S!L9:M9'],
    });
    expect(await mergedAddresses('1.17', ['L9:M9', 'A1:D1'], 'M5:M20')).toEqual({
      count: 1,
      addresses: ['S!L9:M9'],
    });
  });

  it('is a null object without merges, and fails with ApiNotFound before ExcelApi 1.13', async () => {
    expect(await mergedAddresses('1.13', [])).toBeNull();
    const failure = await mergedAddresses('1.12', ['A1:B1']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FakeOfficeError);
    expect((failure as FakeOfficeError).code).toBe('ApiNotFound');
  });
});
