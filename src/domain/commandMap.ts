import { analyticsCommands } from './analytics/commands.ts';
import { campaignCommands } from './campaigns/commands.ts';
import type { NamedCommand } from './commands.ts';
import { dealCommands, funnelCommands } from './deals/commands.ts';
import { skillCommands } from './tickets/skills.ts';
import { targetCommands } from './deals/targets.ts';
import { slaCommands } from './tickets/slaSettings.ts';
import { leadCommands } from './leads/commands.ts';
import { mergeCommands } from './merge/commands.ts';
import { taskCommands } from './tasks/commands.ts';
import { ruleCommands } from './rules/commands.ts';
import { ticketCommands } from './tickets/commands.ts';
import { tableCommands } from './tables/bulk.ts';
import { viewCommands } from './tables/views.ts';
import { trashCommands } from './trash/commands.ts';

/**
 * Every named command the store worker can run, by name (as Actual Budget's
 * loot-core does): pages call `workspace().commands.run(name, args)` and the
 * argument and result types follow from this map. Each area adds its map here.
 */
export const commandMap = {
  ...ticketCommands,
  ...dealCommands,
  ...taskCommands,
  ...campaignCommands,
  ...ruleCommands,
  ...leadCommands,
  ...mergeCommands,
  ...analyticsCommands,
  // ops2: the funnel and the team's day
  ...funnelCommands,
  ...skillCommands,
  ...targetCommands,
  ...slaCommands,
  // ops: acting on a selection of list rows
  ...tableCommands,
  // views: saved views of the lists
  ...viewCommands,
  // io: the Trash
  ...trashCommands,
};

export type CommandMap = typeof commandMap;
export type CommandName = keyof CommandMap;
export type CommandArgs<N extends CommandName> = Parameters<CommandMap[N]['run']>[1];
export type CommandResult<N extends CommandName> = ReturnType<CommandMap[N]['run']>;

/** The map as the runner sees it: any name to a command of unknown types. */
export function commandNamed(name: string): NamedCommand<unknown, unknown> | undefined {
  return isCommandName(name) ? (commandMap[name] as NamedCommand<never, unknown> as NamedCommand<unknown, unknown>) : undefined;
}

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(commandMap, name);
}
