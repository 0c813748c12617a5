#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a runtime dependency), so `npx poa …` works right after `npm install`.
import { register } from "tsx/esm/api"

register()
await import("../src/cli/bin.ts")
