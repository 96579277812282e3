/** The association's features built once on the spine, each with its collaborators named, and installed with the others: what the app, the tests and the benchmarks run. */
package org.tresse.commands.assembly;
