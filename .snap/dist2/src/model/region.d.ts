export type RegionLevel = 'province' | 'city' | 'county';
export interface Region {
    /** The place names as printed, joined: 吉林省, 广州市越秀区. */
    name: string;
    /** The level of the last place named: 省/自治区 province, 市/州/地区/盟 city, 区/县/旗 county. */
    level: RegionLevel;
}
/** The region a department's name (or, without one, the title) begins with. */
export declare function regionOf(department: string | null, title: string): Region | null;
