/**
 * docProps/app.xml lists the workbook's sheets (TitlesOfParts) in groups counted by HeadingPairs
 * ("Worksheets"/"工作表" n, "Named Ranges" m …). New sheets are added to the group that lists the
 * worksheets. When no group lists exactly the workbook's worksheets (a writer that keeps no such
 * list, or a list already out of date), the part is left as it is: it is informational, and
 * Excel rewrites it on saving.
 */
import { elementPattern, escapeXml, innerXml, setAttribute, unescapeXml } from './xmlText';

const VECTOR = elementPattern('vector', '');

export function withNewSheetTitles(
  appXml: string,
  worksheetNames: readonly string[],
  added: readonly string[],
): string {
  if (added.length === 0) return appXml;
  const headingPairs = elementPattern('HeadingPairs', '').exec(appXml);
  const titles = elementPattern('TitlesOfParts', '').exec(appXml);
  if (headingPairs === null || titles === null) return appXml;
  const pairsVector = VECTOR.exec(headingPairs[0]);
  const titlesVector = VECTOR.exec(titles[0]);
  if (pairsVector === null || titlesVector === null) return appXml;

  const variants = innerXml(pairsVector[0]).match(elementPattern('variant')) ?? [];
  const titleItems = innerXml(titlesVector[0]).match(elementPattern('lpstr')) ?? [];
  const titleTexts = titleItems.map((item) => unescapeXml(innerXml(item)));
  let offset = 0;
  for (let pair = 0; pair + 1 < variants.length; pair += 2) {
    const countElement = /<((?:[\w.-]+:)?i4)>(\d+)<\/\1>/.exec(variants[pair + 1]);
    if (countElement === null) return appXml;
    const count = Number(countElement[2]);
    const group = titleTexts.slice(offset, offset + count);
    if (count === worksheetNames.length && group.every((title, i) => title === worksheetNames[i])) {
      const lpstr = /^<((?:[\w.-]+:)?lpstr)/.exec(titleItems[0] ?? '<vt:lpstr')?.[1] ?? 'vt:lpstr';
      const newTitles = added.map((name) => `<${lpstr}>${escapeXml(name)}</${lpstr}>`).join('');
      const insertAt = offset + count;
      const items = [...titleItems.slice(0, insertAt), newTitles, ...titleItems.slice(insertAt)];
      const newTitlesVector = rebuildVector(
        titlesVector[0],
        items.join(''),
        titleItems.length + added.length,
      );
      const newVariant = variants[pair + 1].replace(
        countElement[0],
        `<${countElement[1]}>${count + added.length}</${countElement[1]}>`,
      );
      const newVariants = [...variants.slice(0, pair + 1), newVariant, ...variants.slice(pair + 2)];
      const newPairsVector = rebuildVector(pairsVector[0], newVariants.join(''), variants.length);
      return appXml
        .replace(headingPairs[0], () => headingPairs[0].replace(pairsVector[0], () => newPairsVector))
        .replace(titles[0], () => titles[0].replace(titlesVector[0], () => newTitlesVector));
    }
    offset += count;
  }
  return appXml;
}

function rebuildVector(vector: string, body: string, size: number): string {
  let start = /^<[^>]*>/.exec(vector)![0];
  if (start.endsWith('/>')) start = start.replace(/\s*\/>$/, '>');
  start = setAttribute(start, 'size', String(size));
  const name = /^<([\w.:-]+)/.exec(start)![1];
  return `${start}${body}</${name}>`;
}
