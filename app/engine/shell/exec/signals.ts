/**
 * Control flow that unwinds the interpreter: exit, return, break/continue and the runaway
 * guard. They are thrown as plain objects (not Errors, which would capture a stack trace on
 * every loop iteration) and never escape runShell.
 */

/** `exit N`, `set -e`, or an error that ends a non-interactive shell (`fatal`). */
export class ExitSignal {
  constructor(
    readonly status: number,
    /** Ended by an error (syntax, expansion, readonly) rather than by `exit` or `set -e`. */
    readonly fatal = false,
  ) {}
}

export class ReturnSignal {
  constructor(readonly status: number) {}
}

export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

/** The runaway guard tripped: unwinds every shell of the run, nested ones included. */
export class AbortSignal {
  constructor(readonly message: string) {}
}
