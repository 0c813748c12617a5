import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

export const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const BIN = fileURLToPath(new URL("../../bin/poa.js", import.meta.url))

export interface PoaExit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface PoaProcess {
  readonly child: ChildProcess
  /** resolves when stderr or stdout has shown `text` */
  readonly waitFor: (text: string, timeoutMs?: number) => Promise<void>
  readonly exited: Promise<PoaExit>
  readonly output: () => { stdout: string; stderr: string }
}

/** Starts the real `poa` bin as a separate process (what a user or cron runs). */
export const startPoa = (args: ReadonlyArray<string>, env: Record<string, string> = {}): PoaProcess => {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let stdout = ""
  let stderr = ""
  const waiters: Array<{ text: string; resolve: () => void }> = []
  const check = () => {
    for (const w of [...waiters]) {
      if (stdout.includes(w.text) || stderr.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  }
  child.stdout!.on("data", (d) => {
    stdout += d
    check()
  })
  child.stderr!.on("data", (d) => {
    stderr += d
    check()
  })
  const exited = new Promise<PoaExit>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  )
  const waitFor = (text: string, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for "${text}"\nstdout: ${stdout}\nstderr: ${stderr}`)),
        timeoutMs
      )
      waiters.push({
        text,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        }
      })
      check()
      void exited.then(() => {
        if (waiters.some((w) => w.text === text)) {
          clearTimeout(timer)
          reject(new Error(`poa exited before showing "${text}"\nstdout: ${stdout}\nstderr: ${stderr}`))
        }
      })
    })
  return { child, waitFor, exited, output: () => ({ stdout, stderr }) }
}

export const runPoa = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<PoaExit> =>
  startPoa(args, env).exited
