/**
 * The region and administrative level a department belongs to, from the place names its own name
 * (or the title) begins with: 吉林省…, 广州市…, 广州市越秀区…, 中共北京市委…. A general reading of the
 * place suffixes (省/自治区, 市/自治州/地区/盟, 区/县/旗), not a list of places; null when the name
 * starts with none.
 */
import { compact } from './names.js';
/** What a party or organ prints before the place: 中共北京市委…, 中国共产党广州市委员会. */
const BEFORE_PLACE = /^(?:中国共产党|中共)/;
const HAN = '[\\u4e00-\\u9fa5]';
/**
 * One place per level, each optional, in order. A place name has at least two characters before
 * its suffix (one for a 县), so 城市管理, 社区, 市场 are not read as places; a 市 followed by 场, 政,
 * 容, 民 or 辖 is a word (市场监督管理局, 市政, 市辖区), not the end of a city's name.
 */
const PLACES = new RegExp(`^(${HAN}{2,3}省|${HAN}{2,6}?自治区)?` +
    `(${HAN}{2,6}?(?:市(?![场政容民辖])|自治州|地区|盟))?` +
    `(${HAN}{2,5}?(?:新区|区(?![域划])|旗|自治县)|${HAN}{1,4}?县)?`);
/** The region a department's name (or, without one, the title) begins with. */
export function regionOf(department, title) {
    for (const text of [department, title]) {
        if (!text)
            continue;
        const name = compact(text)
            .replace(BEFORE_PLACE, '')
            .replace(/^\d{4}年(?:度)?/, '');
        const match = PLACES.exec(name);
        const [whole = '', province, city, county] = match ?? [];
        if (whole === '')
            continue;
        const level = county ? 'county' : city ? 'city' : 'province';
        if (province || city || county)
            return { name: whole, level };
    }
    return null;
}
//# sourceMappingURL=region.js.map