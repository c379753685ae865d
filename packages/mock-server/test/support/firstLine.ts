/**
 * The first line a child process prints on stdout (a mock's JSON line), within a deadline: for the
 * tests here and for the scripts that start mocks (check-docs, check-packages).
 */
import type { ChildProcess } from "node:child_process"

/** Rejects when the process exits first or prints no line in time; `what` names it in the message. */
export const firstLine = (child: ChildProcess, timeoutMs: number, what?: string): Promise<string> =>
  new Promise<string>((resolveLine, reject) => {
    const named = what === undefined ? "" : `${what}: `
    let buffer = ""
    const timer = setTimeout(() => reject(new Error(`${named}no line on stdout within ${timeoutMs / 1000} s`)), timeoutMs)
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8")
      const end = buffer.indexOf("\n")
      if (end >= 0) {
        clearTimeout(timer)
        resolveLine(buffer.slice(0, end))
      }
    })
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`${named}exited with ${code} before a line on stdout`))
    })
  })
