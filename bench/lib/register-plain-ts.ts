/** `node --import tsx --import ./bench/lib/register-plain-ts.ts …`: see plain-ts-hooks.ts. */
import { register } from "node:module"

register("./plain-ts-hooks.ts", import.meta.url)
