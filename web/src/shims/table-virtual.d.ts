import type { ComponentType } from 'react';

export function provideVirtualTable(VirtualTable: ComponentType<never>): void;
declare const VirtualTable: ComponentType<never>;
export default VirtualTable;
