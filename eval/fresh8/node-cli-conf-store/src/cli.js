#!/usr/bin/env node
import { Command } from "commander";
import { showConfig } from "./commands/config.js";
import { doctor } from "./commands/doctor.js";
import { login } from "./commands/login.js";

const program = new Command("notes");
program.command("login").action(login);
program.command("config").action(showConfig);
program.command("doctor").action(doctor);
program.parseAsync();
