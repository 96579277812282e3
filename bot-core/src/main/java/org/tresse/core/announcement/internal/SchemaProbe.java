package org.tresse.core.announcement.internal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tresse.core.store.Handle;
import org.tresse.core.store.StorageException;

/** The columns of a table another feature owns, to read it only if it has what is needed. */
public final class SchemaProbe {
    private SchemaProbe() {}

    /** The table's column names in lower case; empty if the table does not exist. */
    public static Set<String> columns(Handle handle, String table) {
        Set<String> columns = new HashSet<>();
        try {
            DatabaseMetaData metadata = handle.connection().getMetaData();
            for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rows = metadata.getColumns(null, null, name, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (!columns.isEmpty()) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("reading the columns of " + table + " failed", e);
        }
        return columns;
    }
}
