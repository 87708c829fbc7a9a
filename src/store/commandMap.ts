import { campaignCommands } from '../domain/campaigns/commands.ts';
import { ruleCommands } from '../domain/rules/commands.ts';

/**
 * The named commands the page may run in the store worker. Interim until the
 * sync branch's command map lands: at merge these maps join it.
 */
export const NAMED_COMMANDS = { ...campaignCommands, ...ruleCommands };
export type CommandName = keyof typeof NAMED_COMMANDS;
export type CommandArgs<N extends CommandName> = Parameters<(typeof NAMED_COMMANDS)[N]['run']>[1];
export type CommandResult<N extends CommandName> = ReturnType<(typeof NAMED_COMMANDS)[N]['run']>;
