export { Pipeline, countFlush, type CycleSummary, type PipelineDeps } from "./cycle.js";
export { consolePrinter, exampleAlert, htmlToText } from "./console.js";
export { createService, type App, type BotPart, type ServiceParts } from "./service.js";
export { cycleLogger, cycleReport, EXIT_NO_SOURCE_READ, nothingRead } from "./report.js";
export { runProgram, type AppFactory } from "./program.js";
