// Prints the number of ballots of poll 1 in the bot's SQLite file: node count.js DB
"use strict";
const Database = require("better-sqlite3");
const db = new Database(process.argv[2], { readonly: true });
console.log(db.prepare("select count(*) n from ballot where poll_id = 1").get().n);
