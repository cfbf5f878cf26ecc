// Imported first by the one-shot CLIs (analyze, cluster), before any rule module is loaded: V8 then
// optimises a function later and once, with settled type feedback, instead of compiling it and throwing
// it away again — a one-shot run over a file is mostly V8 warming up (README, speed). Set here rather
// than as a node option: a V8 that no longer knows the flag prints one line and the CLI runs on.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=1048576");
