export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare const chromiumAccessibilityArgs: string[];
export declare function hasChromium(): boolean;
