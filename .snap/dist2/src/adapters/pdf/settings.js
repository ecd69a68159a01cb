export const DEFAULT_SETTINGS = {
    minEdgeLength: 3,
    maxRuleThickness: 2.5,
    snapTolerance: 2,
    joinTolerance: 3,
    intersectionTolerance: 2.5,
    minTableCells: 4,
    lineTolerance: 0.45,
    cellGap: 0.5,
    minAlignedRows: 3,
    columnTolerance: 4,
    furnitureMargin: 60,
};
//# sourceMappingURL=settings.js.map