// A minimal grammY + SQLite vote bot: the yardstick of Tresse's vote-storm driver (issue 14).
// One group poll, "/vote N option", one reply per vote, SQLite in WAL mode, plain long polling,
// updates handled one at a time. Each update is recorded (update_id) in the same transaction as
// its ballot, so a redelivered update changes nothing, and grammY asks for the next offset only
// after the handler has returned, i.e. after the commit.
//   BOT_TOKEN=... API_ROOT=http://127.0.0.1:PORT DB=/tmp/x/bot.db node bot.js
"use strict";
const { Bot } = require("grammy");
const Database = require("better-sqlite3");

const db = new Database(process.env.DB || "bot.db");
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(`
  create table if not exists handled (update_id integer primary key);
  create table if not exists poll (id integer primary key, chat_id integer not null, question text not null, open integer not null default 1);
  create table if not exists ballot (poll_id integer not null references poll(id), user_id integer not null, choice text not null,
    primary key (poll_id, user_id));
`);
const seen = db.prepare("insert or ignore into handled (update_id) values (?)");
const findPoll = db.prepare("select id, open from poll where id = ?");
const newPoll = db.prepare("insert into poll (chat_id, question) values (?, ?)");
const castVote = db.prepare("insert into ballot (poll_id, user_id, choice) values (?, ?, ?) "
  + "on conflict (poll_id, user_id) do update set choice = excluded.choice");
const CHOICES = new Map([["pour", "pour"], ["contre", "contre"], ["abstention", "abstention"]]);

// Runs the handler's writes and the update's record in one transaction; null if already handled.
const once = (updateId, work) => db.transaction(() => (seen.run(updateId).changes === 0 ? null : work()))();

const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.API_ROOT } });

bot.command("sondage", async (ctx) => {
  const question = ctx.match.trim() || "Sondage";
  const id = once(ctx.update.update_id, () => newPoll.run(ctx.chat.id, question).lastInsertRowid);
  if (id !== null) await ctx.reply(`Sondage n°${id} ouvert : ${question}\nVotez : /vote ${id} pour|contre|abstention`);
});

bot.command("vote", async (ctx) => {
  const [number, word] = ctx.match.trim().split(/\s+/);
  const answer = once(ctx.update.update_id, () => {
    const poll = findPoll.get(Number(number));
    if (!poll) return `Il n’y a pas de sondage n°${number}.`;
    if (!poll.open) return `Le sondage n°${number} est clos.`;
    const choice = CHOICES.get((word || "").toLowerCase());
    if (!choice) return "Écrivez par exemple : /vote 1 pour (ou contre, abstention).";
    castVote.run(poll.id, ctx.from.id, choice);
    return `Vote enregistré pour le sondage n°${poll.id} : ${choice}.`;
  });
  if (answer !== null) await ctx.reply(answer, { reply_parameters: { message_id: ctx.msg.message_id } });
});

bot.catch((err) => console.error("update failed", err.error));
process.once("SIGTERM", () => bot.stop());
process.once("SIGINT", () => bot.stop());
bot.start({ onStart: () => console.log("ready"), drop_pending_updates: false });
