import { tableDef } from '../schema.js';
function append(appender, api, type, value) {
    if (value === null)
        appender.appendNull();
    else if (type === 'bigint')
        appender.appendBigInt(BigInt(value));
    else if (type === 'int')
        appender.appendInteger(Number(value));
    else if (type === 'bool')
        appender.appendBoolean(Boolean(value));
    else if (type === 'decimal')
        appender.appendDecimal(new api.DuckDBDecimalValue(value, 20, 6));
    else if (type === 'timestamp')
        appender.appendTimestamp(new api.DuckDBTimestampValue(BigInt(value.getTime()) * 1000n));
    else
        appender.appendVarchar(String(value));
}
export class Appenders {
    connection;
    api;
    open = new Map();
    constructor(connection, api) {
        this.connection = connection;
        this.api = api;
    }
    /** Appends every record and flushes, so the rows are part of the current transaction. */
    async write(records) {
        const used = [];
        for (const [table, rows] of records) {
            if (rows.length === 0)
                continue;
            const appender = await this.appender(table);
            const types = tableDef(table).columns.map(([, type]) => type);
            for (const row of rows) {
                for (let i = 0; i < types.length; i++)
                    append(appender, this.api, types[i], row[i] ?? null);
                appender.endRow();
            }
            used.push(appender);
        }
        for (const appender of used)
            appender.flushSync();
    }
    /** After a failed write: the appenders may hold rows or be broken; they are dropped. */
    discard() {
        for (const appender of this.open.values()) {
            try {
                appender.clear();
                appender.closeSync();
            }
            catch {
                // An appender that failed to flush cannot be closed cleanly; it is dropped all the same.
            }
        }
        this.open.clear();
    }
    close() {
        for (const appender of this.open.values())
            appender.closeSync();
        this.open.clear();
    }
    async appender(table) {
        let appender = this.open.get(table);
        if (!appender) {
            appender = await this.connection.createAppender(table);
            this.open.set(table, appender);
        }
        return appender;
    }
}
//# sourceMappingURL=appender.js.map