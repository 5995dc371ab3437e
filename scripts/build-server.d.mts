/** Types of build-server.mjs (plain JavaScript so that `npm start` needs no compiler to compile). */
export declare const SERVER_BUNDLE: string;
export declare function isServerBuildCurrent(): boolean;
export declare function buildServer(): Promise<string>;
export declare function ensureServerBuild(): Promise<string>;
